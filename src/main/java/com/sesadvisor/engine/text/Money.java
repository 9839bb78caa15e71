package com.sesadvisor.engine.text;

/**
 * A {@link Text} argument that is an amount of money in CNY: the renderer writes it the way committees read it, in
 * units of 10^8 ("14.15 × 10⁸ ¥" / "14.15 亿元", keys {@code engine.money.*}), so no caller formats money itself.
 *
 * @param cny amount in yuan
 */
public record Money(double cny) {
}
