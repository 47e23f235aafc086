package org.channelport.platform.soap;

/** A CDI bean that the SOAP servlet publishes at /soap/{address}. */
public interface SoapEndpoint {
    /** e.g. "PartnerDirectory" */
    String address();

    /** The @WebService class (CDI may hand the servlet a proxy subclass). */
    Class<?> implementationClass();

    /** Rule P3 for SOAP: the setting that holds the largest request body of this endpoint, in bytes. */
    default String bodyLimit() {
        return "app.rest.max-body-bytes";
    }
}
