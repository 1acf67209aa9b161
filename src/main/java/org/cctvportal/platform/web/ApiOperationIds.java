package org.cctvportal.platform.web;

/**
 * The rule for operation ids, so that generated clients keep their method names across releases: the resource
 * class without its {@code Api} suffix, in lower camel case, then the Java method's name ({@code EvidenceApi.list}
 * becomes {@code evidenceList}). Renaming either is a change to the API's contract.
 */
final class ApiOperationIds {

    private ApiOperationIds() {
    }

    /** The id for one that SmallRye named {@code Class_method} (its CLASS_METHOD strategy). */
    static String of(String classAndMethod) {
        if (classAndMethod == null || !classAndMethod.contains("_")) {
            return classAndMethod;
        }
        int cut = classAndMethod.indexOf('_');
        String type = classAndMethod.substring(0, cut).replaceAll("Api$", "");
        String method = classAndMethod.substring(cut + 1);
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }
}
