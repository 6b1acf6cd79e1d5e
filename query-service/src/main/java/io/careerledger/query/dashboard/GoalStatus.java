package io.careerledger.query.dashboard;

/** Where a goal stands on the dashboard: open until completed or abandoned. */
enum GoalStatus { OPEN, COMPLETED, ABANDONED }
