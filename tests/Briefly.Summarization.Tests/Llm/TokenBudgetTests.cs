using Briefly.Summarization.Llm;

namespace Briefly.Summarization.Tests.Llm;

public class TokenBudgetTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task Reservations_stay_within_the_day_and_are_replaced_by_what_requests_cost()
    {
        var budget = new TokenBudget(100, new Clock(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero)));

        var first = await budget.TryReserveAsync(60);
        Assert.NotNull(first);
        Assert.Null(await budget.TryReserveAsync(50));
        await budget.SettleAsync(first.Value, 20);
        Assert.Equal(20, await budget.UsedAsync());
        var second = await budget.TryReserveAsync(80);
        Assert.NotNull(second);
        Assert.Null(await budget.TryReserveAsync(1));
        // A request whose cost is unknown keeps its reservation.
        await budget.SettleAsync(second.Value, null);
        Assert.Equal(100, await budget.UsedAsync());
    }

    [Fact]
    public async Task A_new_utc_day_starts_afresh_and_yesterdays_requests_do_not_touch_it()
    {
        var clock = new Clock(new DateTimeOffset(2026, 12, 7, 23, 59, 0, TimeSpan.Zero));
        var budget = new TokenBudget(100, clock);
        var lateEvening = await budget.TryReserveAsync(90);
        Assert.NotNull(lateEvening);

        clock.Now = clock.Now.AddMinutes(2);
        Assert.Equal(0, await budget.UsedAsync());
        Assert.NotNull(await budget.TryReserveAsync(90));
        await budget.SettleAsync(lateEvening.Value, 5);
        Assert.Equal(90, await budget.UsedAsync());
    }

    [Fact]
    public async Task A_request_that_read_the_clock_before_midnight_counts_against_the_day_the_count_is_on()
    {
        var ledger = new MemoryTokenLedger();
        var today = new DateOnly(2026, 12, 8);
        Assert.NotNull(await ledger.TryReserveAsync(today, 90, 100));

        var late = await ledger.TryReserveAsync(today.AddDays(-1), 20, 100);

        Assert.Null(late);
        var small = await ledger.TryReserveAsync(today.AddDays(-1), 10, 100);
        Assert.Equal(today, small?.Day);
        Assert.Equal(100, await ledger.UsedAsync(today));
    }

    [Fact]
    public async Task No_budget_counts_but_never_refuses()
    {
        var budget = new TokenBudget(0, new Clock(DateTimeOffset.UnixEpoch));

        Assert.NotNull(await budget.TryReserveAsync(long.MaxValue / 2));
        Assert.NotNull(await budget.TryReserveAsync(long.MaxValue / 4));
        Assert.Equal((long.MaxValue / 2) + (long.MaxValue / 4), await budget.UsedAsync());
    }

    [Fact]
    public async Task A_shared_ledger_is_the_one_counted_in()
    {
        var ledger = new MemoryTokenLedger();
        var clock = new Clock(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        var one = new TokenBudget(100, clock, ledger);
        var other = new TokenBudget(100, clock, ledger);

        Assert.NotNull(await one.TryReserveAsync(70));
        Assert.Null(await other.TryReserveAsync(40));
        Assert.Equal(70, await other.UsedAsync());
    }
}
