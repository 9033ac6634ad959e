/**
 * JMH micro-benchmarks of the hot paths (tokenizer, mention finder, one article through the whole
 * pipeline). Compiled only with {@code -Pjmh}: {@code mvn -B -Pjmh test-compile exec:exec}.
 */
package org.chipkg.jmh;
