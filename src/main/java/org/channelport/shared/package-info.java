/**
 * Shared kernel: the few value types and exceptions every context speaks.
 *
 * <p>Publishes {@link org.channelport.shared.DomainException} (a problem the caller can act on, with a kind that each
 * channel maps to its own error form; its factories make every refusal),
 * {@link org.channelport.shared.IllegalTransition} (an action the current state does not allow, in every context),
 * {@link org.channelport.shared.FieldErrors} (a problem with several fields at once),
 * {@link org.channelport.shared.CompanyNames} (company names and tax ids reduced to what identifies the company: the
 * one normalization of partners, leads and deal registration), {@link org.channelport.shared.ProductLine},
 * {@link org.channelport.shared.Countries} and the constraint {@link org.channelport.shared.CountryCode}, and
 * {@link org.channelport.shared.TextInput} (the text checks of every context's input rules). Nothing here depends on
 * Jakarta EE but {@code CountryCode}, a Bean Validation constraint.
 */
package org.channelport.shared;
