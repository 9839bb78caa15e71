/**
 * Who pays and who earns in a model run: the project's pre-tax cash flows split into the parties the finance
 * model's own inputs define (owners' equity, lender, income-tax authority), the users' lease payments under TISES,
 * and an explicit list of the splits the inputs do not define. Framework-free.
 */
package com.sesadvisor.engine.finance.party;
