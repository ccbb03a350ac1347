/**
 * Chat-model clients: the {@link dev.assay.models.llm.ChatModel} contract, provider clients
 * (OpenAI-compatible, Anthropic Messages, Ollama), rate limits, retries, the SQLite response
 * cache and token/cost accounting.
 */
package dev.assay.models.llm;
