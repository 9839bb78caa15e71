/** Monte Carlo uncertainty of AHP priorities: judgements perturbed on the Saaty scale, quantiles of the weights. */
package com.sesadvisor.engine.ahp.uncertainty;
