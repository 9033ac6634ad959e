/**
 * The text layer: sentences (Apache OpenNLP), tokens and entity mentions with offsets into the
 * original article text, from the lexicon and from context, plus light coreference.
 */
package org.chipkg.text;
