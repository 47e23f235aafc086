package org.channelport.partners.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.channelport.partners.application.ApiCredentialService;
import org.channelport.partners.domain.ApiCredential;
import org.channelport.platform.web.Messages;

/** A partner admin's API credentials: create (the secret is shown once, here), list, revoke. */
@Named
@ViewScoped
public class ApiCredentialsView implements Serializable {
    @Inject
    ApiCredentialService service;

    private List<Row> credentials;
    private String name;
    private ApiCredentialService.IssuedCredential issued;

    @PostConstruct
    void load() {
        credentials = service.ownCredentials().stream().map(Row::new).toList();
    }

    public void create() {
        issued = Messages.attempt("createForm", () -> service.create(name));
        if (issued != null) {
            name = null;
            load();
        }
    }

    public void revoke(Row row) {
        if (Messages.attempt("credentialsForm", () -> service.revoke(row.getId()))) {
            Messages.info("credentials.revoked", row.getClientId());
            issued = null;
            load();
        }
    }

    public List<Row> getCredentials() { return credentials; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ApiCredentialService.IssuedCredential getIssued() { return issued; }
    public String getIssuedClientId() { return issued == null ? null : issued.clientId(); }
    public String getIssuedSecret() { return issued == null ? null : issued.clientSecret(); }

    public static class Row implements Serializable {
        private final UUID id;
        private final String name;
        private final String clientId;
        private final boolean revoked;

        Row(ApiCredential credential) {
            id = credential.id();
            name = credential.name();
            clientId = credential.clientId();
            revoked = credential.isRevoked();
        }

        public UUID getId() { return id; }
        public String getName() { return name; }
        public String getClientId() { return clientId; }
        public boolean isRevoked() { return revoked; }
    }
}
