/** The query function: HTTP API requests (documents, entities, facts) answered from the table. */
package dev.khabar.query;
