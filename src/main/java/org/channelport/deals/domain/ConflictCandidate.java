package org.channelport.deals.domain;

import java.util.Set;
import java.util.UUID;
import org.channelport.shared.ProductLine;

/**
 * A registration or lead the repository found for a submission, before rule D3's product-line test. {@code isProtected}
 * is true for an approved registration.
 */
public record ConflictCandidate(ConflictFinding.OtherType type, UUID id, UUID partnerId, MatchKind match,
                                double similarity, Set<ProductLine> productLines, boolean isProtected) {}
