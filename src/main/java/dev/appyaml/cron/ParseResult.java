package dev.appyaml.cron;

/** Outcome of {@link CronSchedule#parse(String)}: either a {@link Parsed} schedule or a {@link ParseError}. */
public sealed interface ParseResult permits Parsed, ParseError {}
