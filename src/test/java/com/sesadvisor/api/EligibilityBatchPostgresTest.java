package com.sesadvisor.api;

import com.sesadvisor.testsupport.OnPostgres;

/** The batch-job tests on PostgreSQL: V95, JDBC batch inserts, keyset paging and conditional updates there too. */
@OnPostgres
class EligibilityBatchPostgresTest extends EligibilityBatchApiTest {
}
