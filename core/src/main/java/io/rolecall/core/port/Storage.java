package io.rolecall.core.port;

/** The stores one deployment keeps its state in, built together by an infra module. */
public record Storage(FindingStore findings, AssignmentLedger ledger, PeopleStore people, RunLog runs) {
}
