/** JUnit 5 support: {@link io.poerules.junit.PoeSuite} turns a rule regression suite into dynamic tests. */
package io.poerules.junit;
