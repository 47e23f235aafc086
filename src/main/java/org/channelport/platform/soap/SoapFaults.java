package org.channelport.platform.soap;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.channelport.platform.web.CorrelationFilter;
import org.channelport.shared.DomainException;

/** The SOAP error channel (rule P2): domain problems become client faults with their message; anything else a generic server fault. */
public final class SoapFaults {
    private static final Logger LOG = Logger.getLogger(SoapFaults.class.getName());
    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final QName CLIENT = new QName(SOAP_11, "Client");
    static final QName SERVER = new QName(SOAP_11, "Server");

    private SoapFaults() {}

    public static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (DomainException e) {
            // A problem with several fields names each one ("field: message; ..."), as problem+json lists them.
            var message = e instanceof org.channelport.shared.FieldErrors many && !many.fieldErrors().isEmpty()
                    ? String.join("; ", many.fieldErrors().entrySet().stream()
                            .map(f -> f.getKey() + ": " + f.getValue()).toList())
                    : e.getMessage();
            throw new Answer(message, e.kind() == DomainException.Kind.UNAVAILABLE ? SERVER : CLIENT);
        } catch (jakarta.validation.ConstraintViolationException e) {
            throw new Answer("The request has invalid fields.", CLIENT);
        } catch (RuntimeException e) {
            if (org.channelport.platform.persistence.Conflicts.isConflict(e)) {
                throw new Answer("The change conflicts with another one made at the same time; try again.", CLIENT);
            }
            throw unexpected(e);
        }
    }

    /** A server fault that quotes only the correlation id of the logged cause. */
    static SoapFault unexpected(Throwable e) {
        var id = CorrelationFilter.current();
        LOG.log(Level.SEVERE, "Unexpected SOAP error, correlation id " + id, e);
        return new Answer("An unexpected error occurred (correlation id " + id + ").", SERVER);
    }

    /** A fault worded here, for the caller: {@link FaultTexts} lets it through as it is. */
    static final class Answer extends SoapFault {
        Answer(String message, QName code) {
            super(message, code);
        }
    }
}
