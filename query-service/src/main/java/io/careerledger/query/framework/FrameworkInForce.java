package io.careerledger.query.framework;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.careerledger.events.Competency;
import io.careerledger.events.LevelPolicy;
import io.careerledger.events.ParityException;
import io.careerledger.events.ProficiencyStep;

/** The version of a framework that new decisions are checked against, in full. */
@Schema(example = """
        {
          "frameworkId": "three-track",
          "version": 2,
          "name": "Three tracks",
          "description": "Expert, leader and entrepreneur careers with equal recognition",
          "publishedAt": "2026-01-06T11:30:00Z",
          "annualReviewDue": "2027-01-06",
          "annualReviewOverdue": false,
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
              ],
              "retirement": null,
              "pastSunset": false
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
              ],
              "retirement": {
                "trackId": "people-leader",
                "sunsetDate": "2026-12-31",
                "successorTrackId": "director",
                "reason": "Merged into the director track",
                "scheduledAt": "2026-01-06T11:30:00Z"
              },
              "pastSunset": false
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
        """)
record FrameworkInForce(String frameworkId, int version, String name, String description, Instant publishedAt,
                        LocalDate annualReviewDue, boolean annualReviewOverdue, List<ProficiencyStep> proficiencyScale,
                        List<Competency> competencies, List<CatalogueTrack> tracks, List<LevelPolicy> levelPolicies,
                        List<ParityException> parityExceptions, boolean switchRequiresManagerAgreement) {
}
