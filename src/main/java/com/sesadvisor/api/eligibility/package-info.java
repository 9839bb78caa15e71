/** REST endpoints of the regulator's eligibility checks (single, batch, audit, rule sets). */
package com.sesadvisor.api.eligibility;
