/**
 * The way into the workshop wing: the list of workshops (the start page), where a facilitator creates one or imports a
 * workshop file and an expert finds "My workshops". It sits above the other parts (it uses set-up, answers and
 * transfer and opens the results), so none of them depends on it: they reach the list by its route string
 * ({@code WorkshopRoutes.WORKSHOPS}).
 */
package com.sesadvisor.workshop.overview;
