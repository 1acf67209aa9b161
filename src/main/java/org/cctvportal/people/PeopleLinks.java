package org.cctvportal.people;

import io.quarkus.qute.TemplateData;
import java.util.UUID;
import org.cctvportal.platform.web.Links;

/** The people pages' URLs ({@code {people:person(p.id)}} in a template). */
@TemplateData(namespace = "people")
public final class PeopleLinks {

    private PeopleLinks() {
    }

    public static String people() {
        return "/people";
    }

    /** The people of one partner (a partnership admin's choice). */
    public static String people(String partner) {
        return "/people?partner=" + Links.encode(partner);
    }

    public static String invite(String partner) {
        return "/people/invite?partner=" + Links.encode(partner);
    }

    public static String inviteAction() {
        return "/people/invite";
    }

    public static String roles(UUID id) {
        return "/people/" + id + "/roles";
    }

    public static String deactivate(UUID id) {
        return "/people/" + id + "/deactivate";
    }

    public static String reactivate(UUID id) {
        return "/people/" + id + "/reactivate";
    }

    public static String resend(UUID id) {
        return "/people/" + id + "/resend";
    }

    public static String roleLabel(String role) {
        return RoleGrants.label(role);
    }

    public static String machineClients() {
        return "/people/machine-clients";
    }

    public static String newMachineClient() {
        return "/people/machine-clients/new";
    }

    public static String machineClientSecret(UUID id) {
        return "/people/machine-clients/" + id + "/secret";
    }

    public static String revokeMachineClient(UUID id) {
        return "/people/machine-clients/" + id + "/revoke";
    }

    public static String machineClientFootage() {
        return "/people/machine-clients/footage";
    }
}
