/** The API's plumbing: the OpenAPI description, JSON handling of non-finite numbers, 404 for unknown paths. */
package com.sesadvisor.api.config;
