package io.rolecall.functions;

/**
 * Every environment variable the functions read. template.yaml sets each of them for every function
 * (a test checks it); an empty value means "not set". AWS_* variables come from the Lambda runtime.
 */
public enum Variable {
    TABLE_NAME("The DynamoDB table of findings, ledger, people, runs and sent reports."),
    CONFIG_BUCKET("The versioned S3 bucket holding roles.yaml (and a directory export for the export provider)."),
    CONFIG_KEY("The key of roles.yaml in CONFIG_BUCKET; default roles.yaml."),
    DIRECTORY_PROVIDER("Where the directory comes from: okta, google, entra or export."),
    OKTA_ORG_URL("The Okta org, for example https://acme.okta.com (provider okta)."),
    OKTA_END_DATE_ATTRIBUTE("Custom Okta profile attribute with a leaving date (optional)."),
    OKTA_SERVICE_ATTRIBUTE("Okta profile attribute marking service accounts, ATTR or ATTR=VALUE (optional)."),
    OKTA_SERVICE_GROUP("Okta group whose members are service accounts (optional)."),
    OKTA_RATE_LIMIT_SHARE("Share of each Okta rate-limit bucket RoleCall may use; default 0.5."),
    GOOGLE_ADMIN_EMAIL("The Workspace admin the service account impersonates (provider google)."),
    GOOGLE_CUSTOMER("The Workspace customer id; default my_customer."),
    GOOGLE_LEAVER_SUSPENSION_REASONS("Suspension reasons meaning the person left, comma-separated; default ADMIN."),
    GOOGLE_END_DATE_FIELD("Custom schema field with a leaving date, Schema.field (optional)."),
    GOOGLE_SERVICE_FIELD("Custom schema field marking service accounts, Schema.field[=VALUE] (optional)."),
    GOOGLE_SERVICE_ORG_UNIT("Org unit whose users are service accounts (optional)."),
    ENTRA_TENANT_ID("The Entra ID directory (tenant) id, or a verified domain (provider entra)."),
    ENTRA_DISABLED_MEANS_LEFT("true: a disabled Entra ID account is a leaver, not suspended; default false."),
    ENTRA_SERVICE_EMPLOYEE_TYPE("The Entra ID employeeType of service accounts; default Service."),
    DIRECTORY_SETTINGS("Settings of the directory provider by key, as a JSON object of text values (for example "
            + "{\"ENTRA_TENANT_ID\": \"contoso.onmicrosoft.com\"}); a variable of the same name wins. Default {}."),
    DIRECTORY_EXPORT_KEY("Key of a .json or .csv directory export in CONFIG_BUCKET (provider export)."),
    CREDENTIALS_SECRET_ARN("The Secrets Manager secret with the directory credentials (providers okta, google, entra)."),
    HR_PROVIDER("An HR source read beside the directory: bamboohr, rippling, hibob, personio or file; empty for none."),
    HR_EXPORT_KEY("Key of an HR export CSV in CONFIG_BUCKET (HR provider file)."),
    BAMBOOHR_COMPANY("The BambooHR subdomain, acme in acme.bamboohr.com (HR provider bamboohr)."),
    SENDER_ADDRESS("The SES-verified address reports are sent from."),
    NOTIFY_EMAIL("Also receives notices of held scans and invalid roles.yaml (the stack's alarm email)."),
    EVENT_BUS_NAME("The EventBridge bus finding events go to."),
    TIME_ZONE("IANA time zone that decides the day of a run, for example Europe/London."),
    LINK_SECRET_ARN("The Secrets Manager secret that signs acceptance links (the stack generates it)."),
    PUBLIC_URL("Where acceptance links point: the custom address, or empty for the AcknowledgeFunction's URL "
            + "(the ScanFunction is given that URL).");

    private final String description;

    Variable(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
