// SPDX-License-Identifier: Apache-2.0
// The hand-written floor of floor.hpp: the social-media rules and the campaign-event rules for
// ASN (rules/pp94-2021.rules, skb-2022.rules, pp42-2004-ethics.rules), written out as C++
// conditions, with the calendar of rules/calendar.rules as constant tables and the combination and
// escalation of rules/pp94-2021.rules. Each rule keeps its id in a comment so that it can be
// compared with the pack line by line.
#include "floor.hpp"

#include <array>

namespace netral::bench::floor {

Day day(int year, int month, int d) {
    // Howard Hinnant's days_from_civil.
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy =
        static_cast<unsigned>((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

namespace {

enum class Regime : std::uint8_t { Pp53, Pp94 };

struct Period {
    Day first = 0;
    Day last = 0;
    bool contains(Day d) const { return d >= first && d <= last; }
};

struct CalendarRow {
    bool pemilu = false;
    Period campaign;
};

// table calendar (rules/calendar.rules), by Election.
const std::array<CalendarRow, 5>& calendar() {
    static const std::array<CalendarRow, 5> rows = {{
        {false, {day(2018, 2, 15), day(2018, 6, 23)}},
        {true, {day(2018, 9, 23), day(2019, 4, 13)}},
        {false, {day(2020, 9, 26), day(2020, 12, 5)}},
        {true, {day(2023, 11, 28), day(2024, 2, 10)}},
        {false, {day(2024, 9, 25), day(2024, 11, 23)}},
    }};
    return rows;
}

// table determination (rules/calendar.rules), by Election and Race; 0 = no row.
Day determination(Election election, Race race) {
    static const Day rows[5][4] = {
        {0, 0, 0, day(2018, 2, 12)}, {day(2018, 9, 20), day(2018, 9, 20), day(2018, 9, 20), 0},
        {0, 0, 0, day(2020, 9, 23)}, {day(2023, 11, 13), day(2023, 11, 3), day(2023, 11, 3), 0},
        {0, 0, 0, day(2024, 9, 22)},
    };
    return rows[static_cast<int>(election)][static_cast<int>(race)];
}

// Ladder `sanction`: which sanctions of each category may be imposed (their `when`), with the
// default parameter medium_types == allowance_cuts.
constexpr int kSanctions[] = {0, 2, 3, 6, 7, 1};  // by Category
bool applicable(Category category, int sanction, Regime regime) {
    const bool pp53 = regime == Regime::Pp53;
    switch (category) {
        case Category::Medium:
            return (sanction % 2 == 0) == pp53;  // delays / allowance cuts
        case Category::Heavy:
            if (sanction == 5) return true;  // discharge
            if (sanction == 6) return pp53;  // ptdh (PP 53/2010)
            return (sanction % 2 == 0) == pp53;
        default:
            return true;
    }
}

int compare(Step a, Step b) {
    if (a.category != b.category) return a.category < b.category ? -1 : 1;
    if (a.sanction != b.sanction) return a.sanction < b.sanction ? -1 : 1;
    return 0;
}

Step mildest(Category category, Regime regime) {
    for (int s = 0; s < kSanctions[static_cast<int>(category)]; ++s) {
        if (applicable(category, s, regime)) return {category, static_cast<std::int8_t>(s)};
    }
    return {category, -1};
}

struct Track {
    bool found = false;
    Category category = Category::None;
    void add(Category c) {
        if (!found || c > category) category = c;
        found = true;
    }
};

bool is_asn(Status s) { return s == Status::Pns || s == Status::Cpns || s == Status::Pppk; }

}  // namespace

Incident typical_incident() {
    Incident in;
    in.election = Election::Pilkada2024;
    in.decided = day(2024, 12, 1);  // `decided` defaults to the as-of date
    in.status = Status::Pns;
    in.history.push_back({{Category::Moral, 1}, day(2023, 2, 14), Nature::Neutrality});
    Act like;
    like.kind = Kind::SocialMedia;
    like.date = day(2024, 10, 3);
    like.action = Action::Like;
    like.content = Content::CandidatePromotion;
    like.evidence = Evidence::Established;
    in.acts.push_back(like);
    Act rally;
    rally.kind = Kind::CampaignEvent;
    rally.date = day(2024, 10, 19);
    rally.role = Role::ActiveSupporter;
    rally.attributes = Attributes::CivilService;
    rally.state_facility = Facility::Used;
    in.acts.push_back(rally);
    return in;
}

Result evaluate(const Incident& in) {
    Result r;
    Track discipline;
    Track ethics;
    const Regime regime = in.decided < day(2021, 8, 31) ? Regime::Pp53 : Regime::Pp94;
    const bool pp94 = regime == Regime::Pp94;
    const bool pp53 = !pp94;
    const CalendarRow& cal = calendar()[static_cast<int>(in.election)];
    const bool asn = is_asn(in.status);
    auto fire = [&](Track& track, Category category) {
        track.add(category);
        ++r.findings;
    };
    for (const Act& a : in.acts) {
        if (a.evidence == Evidence::Contested) r.review = true;  // contested_evidence
        if (!asn) continue;
        if (a.kind != Kind::SocialMedia && a.kind != Kind::CampaignEvent) continue;
        // race_of, stage, in_campaign
        const Race race = a.race ? *a.race : cal.pemilu ? Race::Presidential : Race::RegionalHead;
        bool stage_known = true;
        Stage stage = Stage::Prospective;
        if (a.target_stage) {
            stage = *a.target_stage;
        } else if (Day det = determination(in.election, race); det != 0) {
            stage = a.date < det ? Stage::Prospective : Stage::Determined;
        } else {
            stage_known = false;
        }
        const bool prospective = stage_known && stage == Stage::Prospective;
        const bool determined = stage_known && stage == Stage::Determined;
        const bool in_campaign = cal.campaign.contains(a.date);
        if (!stage_known) r.review = true;  // a rule needing the stage cannot decide

        if (a.kind == Kind::SocialMedia) {
            const bool post_share = a.action == Action::Post || a.action == Action::Share;
            switch (a.content) {
                case Content::WinningTeamAccount:
                case Content::CandidatePromotion:
                    // winning_team_account_prospective, candidate_promotion_prospective
                    if (prospective) fire(ethics, Category::Moral);
                    // winning_team_account_determined, candidate_promotion_determined
                    if (determined && (pp94 || in_campaign)) fire(discipline, Category::Heavy);
                    // *_determined_pp53
                    if (determined && pp53 && !in_campaign) fire(discipline, Category::Medium);
                    break;
                case Content::PhotoWithGesture:
                    if (post_share && prospective) fire(ethics, Category::Moral);
                    if (post_share && determined && (pp94 || in_campaign)) {
                        fire(discipline, Category::Heavy);  // photo_gesture_determined
                    }
                    if (post_share && determined && pp53 && !in_campaign) {
                        r.review = true;  // photo_gesture_determined_pp53
                        ++r.findings;
                    }
                    if (!post_share) {
                        r.review = true;  // photo_gesture_other_action
                        ++r.findings;
                    }
                    break;
                case Content::PhotoWithoutGesture:  // photo_without_gesture (gap)
                    fire(discipline, Category::None);
                    r.review = true;
                    break;
                case Content::HateSpeech:
                case Content::Hoax:  // hate_speech_unit / _agency / _state
                    if (!a.impact) {
                        r.review = true;
                    } else {
                        fire(discipline, *a.impact == Impact::Unit     ? Category::Light
                                         : *a.impact == Impact::Agency ? Category::Medium
                                                                       : Category::Heavy);
                    }
                    break;
            }
            continue;
        }

        // Campaign events.
        const bool cs = a.event == EventType::Campaign || a.event == EventType::Socialisation;
        const bool declaration = a.event == EventType::Declaration;
        const bool passive = a.role == Role::Audience && a.attributes == Attributes::None &&
                             a.state_facility == Facility::None && !a.mobilized_asn;
        const bool supporter = a.role == Role::ActiveSupporter;
        const bool team =
            a.role == Role::Implementer || a.role == Role::SuccessTeam || a.role == Role::Funder;
        // spouse_on_unpaid_leave / spouse_not_on_leave, exceptions to the three audience rules.
        const bool spouse = in.spouse_is_candidate && passive;
        if (spouse && in.on_unpaid_leave) fire(discipline, Category::None);
        if (spouse && !in.on_unpaid_leave) fire(ethics, Category::Moral);
        if (!spouse) {
            if (cs && passive && determined) {  // campaign_audience_determined (gap)
                fire(discipline, Category::None);
                r.review = true;
            }
            if (declaration && passive) {  // declaration_audience (gap)
                fire(discipline, Category::None);
                r.review = true;
            }
            if (cs && a.role == Role::Audience && prospective) {
                fire(ethics, Category::Moral);  // campaign_audience_prospective
            }
        }
        const bool support_role = supporter || a.role == Role::Speaker;
        if (cs && support_role && prospective) fire(ethics, Category::Moral);
        if (declaration && support_role && prospective) fire(ethics, Category::Moral);
        // campaign_support_determined(_pp53), declaration_support_determined(_pp53)
        if ((cs || declaration) && supporter && determined) {
            if (pp94 || in_campaign) fire(discipline, Category::Heavy);
            if (pp53 && !in_campaign) fire(discipline, Category::Medium);
        }
        if (a.role == Role::Speaker && determined) fire(discipline, Category::Heavy);
        if (team && determined) {  // campaign_team_determined / campaign_team_pp53 (conflict)
            fire(discipline, pp94 ? Category::Heavy : Category::Medium);
            r.review = true;
        }
        if (team && prospective) {  // campaign_team_prospective (conflict)
            fire(discipline, Category::Medium);
            r.review = true;
        }
        // civil_service_attributes_at_campaign, party_attributes_at_campaign
        if (a.attributes != Attributes::None && in_campaign) fire(discipline, Category::Medium);
        // campaign_mobilising_asn(_pp53)
        if (a.mobilized_asn && in_campaign) {
            fire(discipline, pp94 ? Category::Heavy : Category::Medium);
        }
        // campaign_state_facility_used
        if (a.state_facility == Facility::Used && in_campaign) fire(discipline, Category::Heavy);
        if (a.state_facility == Facility::Displayed && in_campaign) {  // state_facility_displayed
            fire(discipline, Category::Medium);
            r.review = true;
        }
        // campaign_way_outside_period (gap)
        if ((a.attributes != Attributes::None || a.mobilized_asn ||
             a.state_facility != Facility::None) &&
            !in_campaign) {
            fire(discipline, Category::Heavy);
            r.review = true;
        }
    }

    // combine discipline: heaviest category, mildest applicable sanction.
    r.discipline = discipline.category;
    r.recommended = mildest(discipline.category, regime);
    // escalate discipline: heavier than the last earlier neutrality sanction that counts.
    if (discipline.found) {
        const HistoryEntry* last = nullptr;
        for (const HistoryEntry& h : in.history) {
            const Step s = h.sanction;
            const bool excluded = (s.category == Category::Moral && s.sanction >= 0) ||
                                  (s.category == Category::Dismissal && s.sanction == 0);
            if (h.nature != Nature::Neutrality || excluded) continue;
            if (!last || h.date >= last->date) last = &h;
        }
        if (last && compare(r.recommended, last->sanction) <= 0) {
            const Step ceiling{Category::Heavy, 5};
            Step next = ceiling;
            bool found = false;
            for (int c = static_cast<int>(last->sanction.category); c <= 4 && !found; ++c) {
                for (int s = 0; s < kSanctions[c]; ++s) {
                    Step step{static_cast<Category>(c), static_cast<std::int8_t>(s)};
                    if (applicable(step.category, s, regime) && compare(step, last->sanction) > 0 &&
                        compare(step, ceiling) <= 0) {
                        next = step;
                        found = true;
                        break;
                    }
                }
            }
            r.recommended = next;
            r.discipline = next.category;
        }
    }
    r.ethics = ethics.category;
    r.outcome = r.discipline > r.ethics ? r.discipline : r.ethics;
    return r;
}

const char* category_id(Category category) {
    static const char* const names[] = {"none", "moral", "light", "medium", "heavy", "dismissal"};
    return names[static_cast<int>(category)];
}

const char* step_id(Step step) {
    static const char* const names[6][7] = {
        {},
        {"moral.closed_statement", "moral.open_statement"},
        {"light.verbal_reprimand", "light.written_reprimand", "light.written_dissatisfaction"},
        {"medium.salary_increase_delay_1y", "medium.allowance_cut_6m", "medium.promotion_delay_1y",
         "medium.allowance_cut_9m", "medium.rank_demotion_1y", "medium.allowance_cut_12m"},
        {"heavy.rank_demotion_3y", "heavy.demotion_12m", "heavy.transfer_demotion",
         "heavy.release_to_executor_12m", "heavy.release_from_position", "heavy.discharge",
         "heavy.ptdh"},
        {"dismissal.ptdh"},
    };
    if (step.sanction < 0) return category_id(step.category);
    return names[static_cast<int>(step.category)][step.sanction];
}

}  // namespace netral::bench::floor
