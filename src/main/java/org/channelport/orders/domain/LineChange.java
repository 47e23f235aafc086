package org.channelport.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Rule O23: what the partner asks to change in one line after its supplier answered: a new quantity, a new delivery
 * date, or both (null: as it is). On every channel: the portal, REST, SOAP, and EDI's 860 / ORDCHG.
 */
public record LineChange(Integer line, BigDecimal quantity, LocalDate date) {}
