package org.channelport.orders.domain;

import java.util.Optional;

/** The price lists (rule O8), found by the ERP's code. */
public interface PriceListRepository {
    /** The list of this code, locked for the change. */
    Optional<PriceList> byCodeForUpdate(String code);

    void add(PriceList list);
}
