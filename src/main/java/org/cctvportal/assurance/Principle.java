package org.cctvportal.assurance;

import java.util.Arrays;
import java.util.Optional;

/** The 12 guiding principles of the Surveillance Camera Code of Practice (Home Office, 2013; amended 2021). */
public enum Principle {
    P1(1, "Purpose", "Use of a surveillance camera system must always be for a specified purpose which is in pursuit"
            + " of a legitimate aim and necessary to meet an identified pressing need."),
    P2(2, "Privacy", "The use of a surveillance camera system must take into account its effect on individuals and"
            + " their privacy, with regular reviews to ensure its use remains justified."),
    P3(3, "Transparency", "There must be as much transparency in the use of a surveillance camera system as possible,"
            + " including a published contact point for access to information and complaints."),
    P4(4, "Responsibility", "There must be clear responsibility and accountability for all surveillance camera system"
            + " activities including images and information collected, held and used."),
    P5(5, "Rules and policies", "Clear rules, policies and procedures must be in place before a surveillance camera"
            + " system is used, and these must be communicated to all who need to comply with them."),
    P6(6, "Storage", "No more images and information should be stored than that which is strictly required for the"
            + " stated purpose of a surveillance camera system, and such images and information should be deleted"
            + " once their purposes have been discharged."),
    P7(7, "Access and disclosure", "Access to retained images and information should be restricted and there must be"
            + " clearly defined rules on who can gain access and for what purpose such access is granted; the"
            + " disclosure of images and information should only take place when it is necessary for such a purpose"
            + " or for law enforcement purposes."),
    P8(8, "Standards", "Surveillance camera system operators should consider any approved operational, technical and"
            + " competency standards relevant to a system and its purpose and work to meet and maintain those"
            + " standards."),
    P9(9, "Security", "Surveillance camera system images and information should be subject to appropriate security"
            + " measures to safeguard against unauthorised access and use."),
    P10(10, "Review and audit", "There should be effective review and audit mechanisms to ensure legal requirements,"
            + " policies and standards are complied with in practice, and regular reports should be published."),
    P11(11, "Effectiveness", "When the use of a surveillance camera system is in pursuit of a legitimate aim, and"
            + " there is a pressing need for its use, it should then be used in the most effective way to support"
            + " public safety and law enforcement with the aim of processing images and information of evidential"
            + " value."),
    P12(12, "Reference databases", "Any information used to support a surveillance camera system which compares"
            + " against a reference database for matching purposes should be accurate and kept up to date.");

    private final int number;
    private final String title;
    private final String text;

    Principle(int number, String title, String text) {
        this.number = number;
        this.title = title;
        this.text = text;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public static Optional<Principle> numbered(int number) {
        return Arrays.stream(values()).filter(p -> p.number == number).findFirst();
    }
}
