/** Realistic Russian demo interactions and their idempotent seeding: the quickstart's data. */
package ru.agentiq.core.demo;
