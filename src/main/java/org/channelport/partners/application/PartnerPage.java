package org.channelport.partners.application;

import java.util.List;

public record PartnerPage(List<PartnerSummary> items, int page, int size, long total) {}
