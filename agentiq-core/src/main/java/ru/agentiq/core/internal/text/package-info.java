/**
 * Text matching shared by priority and guardrails: character folding against look-alike letters and invisible
 * characters, a small phrase syntax, and a hand-written Aho–Corasick automaton that finds every phrase in one pass.
 * Not API: may change in any release.
 */
package ru.agentiq.core.internal.text;
