<#import "template.ftl" as layout>
<@layout.emailLayout>
${kcSanitize(msg("cpInvitationBodyHtml", user.firstName!"", link, linkExpirationFormatter(linkExpiration), user.username))?no_esc}
</@layout.emailLayout>
