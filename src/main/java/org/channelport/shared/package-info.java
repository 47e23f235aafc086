/**
 * Shared kernel: the few value types and exceptions every context speaks.
 *
 * <p>Publishes {@link org.channelport.shared.DomainException} (a problem the caller can act on, with a kind that each
 * channel maps to its own error form; its factories make every refusal),
 * {@link org.channelport.shared.IllegalTransition} (an action the current state does not allow, in every context),
 * {@link org.channelport.shared.ProductLine} and {@link org.channelport.shared.Countries}.
 * Nothing here depends on Jakarta EE.
 */
package org.channelport.shared;
