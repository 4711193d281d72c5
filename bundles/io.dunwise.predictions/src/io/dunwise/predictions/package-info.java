/** Payment predictions: the probability that an open invoice is paid late, with its reasons (R12, spec section 8). */
package io.dunwise.predictions;
