/** REST endpoints for accounts: user administration and personal API tokens. */
package com.sesadvisor.api.accounts;
