<#ftl output_format="plainText">
${msg("cpInvitationBody", user.firstName!"", link, linkExpirationFormatter(linkExpiration), user.username)}
