/**
 * Pure upgrade safety: given the old and the new chart archive and what the repository gives the release, what the
 * upgrade changes and what could break (values the new chart no longer reads, values its schema refuses, CRDs nobody
 * upgrades or versions that stop being served, dependencies that move). One small class per check; no I/O.
 */
package io.kubesteward.analysis;
