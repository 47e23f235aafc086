package org.channelport.platform.soap;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * Rule P2 for faults CXF raises itself, before an endpoint runs (unreadable XML, an unknown operation, a value of the
 * wrong type): their texts name CXF's parsers and repeat the caller's input ("Message part {ns}nosuch99999... was not
 * recognized"), so they are replaced by one sentence; server faults get the correlation id of the logged cause.
 * Faults worded by {@link SoapFaults} pass unchanged.
 */
final class FaultTexts extends AbstractPhaseInterceptor<Message> {
    private static final Logger LOG = Logger.getLogger(FaultTexts.class.getName());
    static final String UNREADABLE = "The request is not a valid call of this service; its description is at ?wsdl.";

    FaultTexts() {
        super(Phase.PRE_LOGICAL);
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault) || fault instanceof SoapFaults.Answer) {
            return;
        }
        // CXF names its own codes in lower case ({http://cxf.apache.org/faultcode}client), SOAP in upper case.
        var code = fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart().toLowerCase(Locale.ROOT);
        boolean client = code.contains("client") || code.contains("sender");
        if (client) {
            LOG.log(Level.FINE, "SOAP request refused by CXF: {0}", fault.getMessage());
            fault.setMessage(UNREADABLE);
        } else {
            var answer = SoapFaults.unexpected(fault);
            fault.setMessage(answer.getMessage());
        }
        if (fault instanceof SoapFault soap) {
            soap.setDetail(null);
        }
    }
}
