/** Customer pools: which customers a pool holds (R1, R2). */
package io.dunwise.pools;
