## The ranking of the deficits in the minutes (crates/documents/src/minutes_ranking.rs).
## Every id here must also exist in locales/zh-CN/minutes-ranking.ftl, with the same variables.

minutes-ranking = Ranking of the deficits
minutes-ranking-dots = { $voters ->
        [one] One participant
       *[other] { $voters } participants
    } placed { $dots ->
        [one] one dot
       *[other] { $dots } dots
    } each on { $candidates ->
        [one] the one flagged deficit
       *[other] { $candidates } flagged deficits
    } (dot voting); most dots ranks first, equal points share a rank (marked =).
minutes-ranking-borda = { $voters ->
        [one] One participant
       *[other] { $voters } participants
    } put { $candidates ->
        [one] the one flagged deficit
       *[other] { $candidates } flagged deficits
    } in order (Borda count: a first place on a list of m is worth m points); equal points share a rank (marked =).
minutes-ranking-col-rank = Rank
minutes-ranking-col-deficit = Deficit
minutes-ranking-col-points = Points
minutes-ranking-by-sector = What each sector put first:
minutes-ranking-col-sector = Sector
minutes-ranking-col-voters = Voters
minutes-ranking-col-first = First choice
