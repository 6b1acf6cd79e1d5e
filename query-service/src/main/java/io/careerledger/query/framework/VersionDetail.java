package io.careerledger.query.framework;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.careerledger.events.FrameworkDefinition;
import io.swagger.v3.oas.annotations.media.Schema;

/** A version in full: its history with the council and the document as proposed. */
@Schema(example = """
        {
          "frameworkId": "three-track",
          "version": 2,
          "name": "Three tracks",
          "status": "PUBLISHED",
          "rationale": "Equal recognition across the expert, leader and entrepreneur tracks",
          "proposedBy": "demo-hr",
          "requiredApprovals": 2,
          "approvals": [
            {
              "approvedBy": "demo-council-1",
              "comment": "Equal recognition across the three tracks",
              "approvedAt": "2026-01-06T10:00:00Z"
            },
            {
              "approvedBy": "demo-council-2",
              "comment": "Agreed",
              "approvedAt": "2026-01-06T11:30:00Z"
            }
          ],
          "rejectedBy": null,
          "rejectionReasons": [],
          "proposedAt": "2026-01-05T09:00:00Z",
          "publishedAt": "2026-01-06T11:30:00Z",
          "rejectedAt": null,
          "annualReviewDue": "2027-01-06",
          "annualReviewOverdue": false,
          "definition": {
            "frameworkId": "three-track",
            "name": "Three tracks",
            "description": "Expert, leader and entrepreneur careers with equal recognition",
            "proficiencyScale": [
              {
                "value": 1,
                "name": "Learning",
                "description": "Applies it with guidance"
              },
              {
                "value": 3,
                "name": "Practising",
                "description": "Applies it independently"
              },
              {
                "value": 5,
                "name": "Leading",
                "description": "Shapes how others apply it"
              }
            ],
            "competencies": [
              {
                "id": "technical-depth",
                "name": "Technical depth",
                "description": "Mastery of the craft",
                "category": "technical",
                "skills": [
                  {
                    "id": "system-design",
                    "name": "System design",
                    "description": "Designs systems that last"
                  }
                ]
              },
              {
                "id": "influence",
                "name": "Influence",
                "description": "Moves decisions beyond the team",
                "category": "entrepreneurial",
                "skills": []
              }
            ],
            "tracks": [
              {
                "id": "expert",
                "name": "Expert",
                "kind": "INDIVIDUAL_CONTRIBUTOR",
                "levels": [
                  {
                    "level": 4,
                    "title": "Senior Specialist",
                    "grade": "G4",
                    "salaryBand": "B4",
                    "expectations": [
                      {
                        "competencyId": "technical-depth",
                        "proficiency": 3
                      }
                    ],
                    "milestones": [
                      {
                        "id": "design-review",
                        "description": "Led the design review of a cross-team system",
                        "evidence": "Review record and decision log",
                        "timeboxMonths": 12
                      }
                    ]
                  },
                  {
                    "level": 5,
                    "title": "Principal Specialist",
                    "grade": "G5",
                    "salaryBand": "B5",
                    "expectations": [
                      {
                        "competencyId": "technical-depth",
                        "proficiency": 4
                      },
                      {
                        "competencyId": "influence",
                        "proficiency": 3
                      }
                    ],
                    "milestones": []
                  }
                ]
              },
              {
                "id": "people-leader",
                "name": "People leader",
                "kind": "PEOPLE_LEADERSHIP",
                "levels": [
                  {
                    "level": 4,
                    "title": "Senior Specialist",
                    "grade": "G4",
                    "salaryBand": "B4",
                    "expectations": [
                      {
                        "competencyId": "technical-depth",
                        "proficiency": 3
                      }
                    ],
                    "milestones": [
                      {
                        "id": "design-review",
                        "description": "Led the design review of a cross-team system",
                        "evidence": "Review record and decision log",
                        "timeboxMonths": 12
                      }
                    ]
                  }
                ]
              }
            ],
            "levelPolicies": [
              {
                "fromLevel": 6,
                "toLevel": 7,
                "allowedTracks": [
                  "people-leader",
                  "director"
                ],
                "requiredCompetencies": [
                  "influence"
                ],
                "explanation": "Director levels lead organisations"
              }
            ],
            "parityExceptions": [
              {
                "level": 7,
                "tracks": [
                  "expert"
                ],
                "reason": "No expert role at level 7 yet"
              }
            ],
            "switchRequiresManagerAgreement": true
          }
        }
        """)
record VersionDetail(@JsonUnwrapped VersionSummary summary, FrameworkDefinition definition) {
}
