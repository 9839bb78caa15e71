/**
 * User administration screens for admins. A slice of its own (not {@code security.ui}) because views use the main
 * layout, which itself depends on {@code security} for the current user: {@code security.ui} using it would be a
 * package cycle.
 */
package com.sesadvisor.admin;
