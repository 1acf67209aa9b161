package org.cctvportal.estate;

import io.quarkus.qute.TemplateData;
import org.cctvportal.platform.web.Links;

/**
 * The estate's URLs: cameras, sites, recorders, imports, exports, reference data and switch-offs
 * ({@code {estate:camera(c.id)}} in a template).
 */
@TemplateData(namespace = "estate")
public final class EstateLinks {

    private EstateLinks() {
    }

    public static String cameras() {
        return "/cameras";
    }

    public static String camera(Long id) {
        return "/cameras/" + id;
    }

    public static String editCamera(Long id) {
        return "/cameras/" + id + "/edit";
    }

    public static String newCamera() {
        return "/cameras/new";
    }

    public static String cameraMap() {
        return "/cameras/map";
    }

    /** The map's cameras in the part in sight, as JSON: {@code ?south=&west=&north=&east=&zoom=}. */
    public static String cameraMapView() {
        return "/cameras/map/view";
    }

    public static String sites() {
        return "/sites";
    }

    public static String site(Long id) {
        return "/sites/" + id;
    }

    public static String editSite(Long id) {
        return "/sites/" + id + "/edit";
    }

    public static String newSite() {
        return "/sites/new";
    }

    public static String recorders() {
        return "/recorders";
    }

    public static String recorder(Long id) {
        return "/recorders/" + id;
    }

    public static String editRecorder(Long id) {
        return "/recorders/" + id + "/edit";
    }

    public static String newRecorder() {
        return "/recorders/new";
    }

    public static String switchOffs() {
        return "/estate/switch-offs";
    }

    public static String estateExport() {
        return "/estate/export";
    }

    public static String estateExportOf(String subject) {
        return "/estate/export?subject=" + Links.encode(subject);
    }

    public static String estateImport() {
        return "/estate/import";
    }

    public static String estateImportPreview(Object id) {
        return "/estate/import/" + Links.encode(String.valueOf(id));
    }

    public static String estateImportCommit(Object id) {
        return "/estate/import/" + Links.encode(String.valueOf(id)) + "/commit";
    }

    public static String estateImportTemplate(String subject) {
        return "/estate/import/template/" + Links.encode(subject);
    }

    public static String camerasMatching(String text) {
        return "/cameras?q=" + Links.encode(text);
    }

    public static String manufacturers() {
        return "/reference/manufacturers";
    }

    public static String manufacturerAliases() {
        return "/reference/manufacturers/aliases";
    }

    public static String operatingSystems() {
        return "/reference/operating-systems";
    }

    public static String operatingSystem(Long id) {
        return "/reference/operating-systems/" + id;
    }

    public static String editOperatingSystem(Long id) {
        return "/reference/operating-systems/" + id + "/edit";
    }

    /** The cameras behind one of the PCC office's figures: one partner's (its id) or every partner's ("all"). */
    public static String partnerCamerasWith(String partner, String key, String value) {
        return "/cameras?partner=" + Links.encode(partner)
                + (key == null ? "" : "&" + Links.encode(key) + "=" + Links.encode(value));
    }

    public static String camerasWith(String key, String value) {
        return "/cameras?" + Links.encode(key) + "=" + Links.encode(value);
    }

    public static String recordersWith(String key, String value) {
        return "/recorders?" + Links.encode(key) + "=" + Links.encode(value);
    }
}
