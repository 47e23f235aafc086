package org.channelport.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.chart.Chart;
import org.primefaces.component.chart.ChartRenderer;

/**
 * Every {@code p:chart} of the app (registered in faces-config.xml in place of PrimeFaces' renderer): PrimeFaces writes
 * the chart's JSON value as it is into the widget's inline script, so a partner's name such as
 * {@code </script><script>...} in the labels would end that script and start its own (rule P7). The value must be JSON
 * (not a facet of JavaScript functions, whose operators escaping would break).
 */
public class ScriptSafeChartRenderer extends ChartRenderer {

    @Override
    protected String renderConfig(FacesContext context, Chart component) throws IOException {
        return ScriptJson.escape(super.renderConfig(context, component));
    }
}
