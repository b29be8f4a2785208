using System.Globalization;

namespace UssdGateway.Core.Simulation;

/// <summary>
/// Plays scripted conversations against a real engine, each on a host of its own (<paramref name="newHost"/>: a fresh
/// session store and database), so conversations neither see nor disturb one another and every run is the same.
/// </summary>
public sealed class ConversationRunner(Func<CancellationToken, Task<SimulationHost>> newHost)
{
    /// <summary>The number a conversation calls from when it names none: +22370000001, +22370000002…</summary>
    public static string DefaultPhone(int conversationNumber) =>
        "+2237" + conversationNumber.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Runs every conversation of the script in order.</summary>
    public async Task<IReadOnlyList<ConversationResult>> RunAsync(ConversationScript script, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        var results = new List<ConversationResult>();
        for (var i = 0; i < script.Conversations.Count; i++)
            results.Add(await RunAsync(script, script.Conversations[i], i + 1, cancellationToken).ConfigureAwait(false));
        return results;
    }

    /// <summary>Runs one conversation; <paramref name="number"/> (from 1) chooses its default phone number.</summary>
    public async Task<ConversationResult> RunAsync(
        ConversationScript script, Conversation conversation, int number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(conversation);
        var host = await newHost(cancellationToken).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            var menu = host.Catalog.Menus.Select(m => m.Definition).FirstOrDefault(m => m.Id == script.MenuId);
            if (menu is null)
                return new ConversationResult(conversation, false, null, $"no menu called '{script.MenuId}' is loaded", null, 0);
            var languageNumber = 0;
            if (conversation.Language is { } language)
            {
                languageNumber = IndexOf(menu.Languages, language) + 1;
                if (languageNumber == 0)
                    return new ConversationResult(conversation, false, null,
                        $"lang '{language}' is not one of the menu's languages ({string.Join(", ", menu.Languages)})", null, 0);
            }

            var calls = 0;
            var phone = new SimulatedPhone(
                host.Engine, host.Store, conversation.Phone ?? DefaultPhone(number),
                () => $"test-{number.ToString(CultureInfo.InvariantCulture)}-{(++calls).ToString(CultureInfo.InvariantCulture)}");
            string? last = null;
            var run = 0;
            foreach (var step in conversation.Steps)
            {
                run++;
                switch (step.Kind)
                {
                    case ConversationStepKind.Dial:
                        var reply = await phone.DialAsync(step.Value.Length == 0 ? menu.ServiceCodes[0] : step.Value, cancellationToken).ConfigureAwait(false);
                        if (languageNumber > 0 && await phone.IsAskingLanguageAsync(cancellationToken).ConfigureAwait(false))
                            reply = await phone.SendAsync(languageNumber.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                        last = reply.ToWire();
                        break;
                    case ConversationStepKind.Send:
                        if (phone.Ended)
                            return new ConversationResult(conversation, false, step, "the call has ended (END): dial again before sending", last, run);
                        last = (await phone.SendAsync(step.Value, cancellationToken).ConfigureAwait(false)).ToWire();
                        break;
                    case ConversationStepKind.SmsRegistration:
                        if (host.Beneficiaries is null)
                            return new ConversationResult(conversation, false, step, "this simulator cannot register by SMS", last, run);
                        await host.Beneficiaries.RegisterAsync(Sms.Handling.SmsRegistration.NameOnly(
                            phone.Phone, step.Value, conversation.Language ?? menu.Languages[0], DateTimeOffset.UtcNow, isTest: true),
                            cancellationToken).ConfigureAwait(false);
                        break;
                    default:
                        if (last is null) return new ConversationResult(conversation, false, step, "nothing to check yet: dial first", null, run);
                        if (step.Expectation!.Check(last) is { } why)
                            return new ConversationResult(conversation, false, step, "the reply " + why, last, run);
                        break;
                }
            }
            return new ConversationResult(conversation, true, null, null, last, run);
        }
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
            if (values[i] == value) return i;
        return -1;
    }
}
