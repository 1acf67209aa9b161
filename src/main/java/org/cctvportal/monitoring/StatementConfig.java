package org.cctvportal.monitoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.Optional;

/** How statements charge VAT and what they say of the operator issuing them. */
@ConfigMapping(prefix = "portal.statements")
public interface StatementConfig {

    /** VAT charged on a statement's net total, as a fraction: 0.20 is 20%. */
    @WithDefault("0.20")
    BigDecimal vatRate();

    /** The operator's VAT registration number printed on statements, if it has one. */
    Optional<String> vatNumber();

    /** The operator's legal name printed as the statement's issuer (the hubs' names and addresses follow it). */
    @WithDefault("The partnership's monitoring operator")
    String operatorName();

    /** The address statements are paid to, printed under the operator's name. */
    Optional<String> operatorAddress();
}
