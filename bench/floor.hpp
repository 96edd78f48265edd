// SPDX-License-Identifier: Apache-2.0
// The floor: a direct, hand-written C++ evaluation of the bundled pack's rules that a typical
// incident (examples/jnp-2024-0031.yaml: a social-media act and a campaign event) exercises —
// the social-media and campaign-event rules for ASN, the derived facts race_of, stage and
// in_campaign of rules/calendar.rules, regime, the `spouse_*` exceptions, and combine / escalate
// for discipline and ethics. Plain structs, no strings on the hot path, no trail. It is what a
// programmer would write by hand for these rules, and the cost netral's evaluation is compared
// with.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace netral::bench::floor {

enum class Election : std::uint8_t {
    Pilkada2018,
    Pemilu2019,
    Pilkada2020,
    Pemilu2024,
    Pilkada2024,
};
enum class Status : std::uint8_t { Pns, Cpns, Pppk, NonAsn, VillageOfficial, BumdEmployee };
enum class Race : std::uint8_t { Presidential, Legislative, Dpd, RegionalHead };
enum class Stage : std::uint8_t { Prospective, Determined };
enum class Kind : std::uint8_t { CampaignEvent, SocialMedia, Other };
enum class EventType : std::uint8_t { Campaign, Socialisation, Declaration };
enum class Role : std::uint8_t {
    Audience,
    ActiveSupporter,
    Speaker,
    Implementer,
    SuccessTeam,
    Funder
};
enum class Attributes : std::uint8_t { None, Party, CivilService };
enum class Facility : std::uint8_t { None, Displayed, Used };
enum class Action : std::uint8_t { Post, Comment, Share, Like, Follow, JoinGroup };
enum class Content : std::uint8_t {
    WinningTeamAccount,
    CandidatePromotion,
    PhotoWithGesture,
    PhotoWithoutGesture,
    HateSpeech,
    Hoax
};
enum class Impact : std::uint8_t { Unit, Agency, State };
enum class Evidence : std::uint8_t { Established, Alleged, Contested };
enum class Nature : std::uint8_t { Neutrality, Other };

/// Ladder steps in the order of rules/ladder.rules: categories, then each category's sanctions.
enum class Category : std::uint8_t { None, Moral, Light, Medium, Heavy, Dismissal };

struct Step {
    Category category = Category::None;
    std::int8_t sanction = -1;  ///< index within the category as declared, -1 for none
};

using Day = std::int32_t;  ///< days since 1970-01-01
Day day(int year, int month, int d);

struct Act {
    Kind kind = Kind::Other;
    Day date = 0;
    std::optional<Race> race;
    std::optional<Stage> target_stage;
    std::optional<Evidence> evidence;
    // campaign_event
    EventType event = EventType::Campaign;
    Role role = Role::Audience;
    Attributes attributes = Attributes::None;
    bool mobilized_asn = false;
    Facility state_facility = Facility::None;
    // social_media
    Action action = Action::Post;
    Content content = Content::CandidatePromotion;
    std::optional<Impact> impact;
};

struct HistoryEntry {
    Step sanction;
    Day date = 0;
    Nature nature = Nature::Neutrality;
};

struct Incident {
    Election election = Election::Pilkada2024;
    Day decided = 0;
    Status status = Status::Pns;
    bool on_unpaid_leave = false;
    bool spouse_is_candidate = false;
    std::vector<HistoryEntry> history;
    std::vector<Act> acts;
};

struct Result {
    Category outcome = Category::None;     ///< heaviest over the ethics and discipline tracks
    Category discipline = Category::None;  ///< the discipline track's category
    Step recommended;                      ///< discipline's recommended sanction
    Category ethics = Category::None;
    bool review = false;  ///< a gap / conflict rule fired, or a fact was missing
    int findings = 0;     ///< rule firings not displaced by an exception
};

/// The typical incident examples/jnp-2024-0031.yaml as plain structs.
Incident typical_incident();

/// Evaluates `incident` against the hand-written rules. Allocation-free.
Result evaluate(const Incident& incident);

/// Ids as netral's Decision writes them, for the agreement check.
const char* category_id(Category category);
/// `heavy.demotion_12m`, or the category alone when no sanction.
const char* step_id(Step step);

}  // namespace netral::bench::floor
