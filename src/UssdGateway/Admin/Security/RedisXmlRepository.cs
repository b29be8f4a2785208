using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StackExchange.Redis;

namespace UssdGateway.Admin.Security;

/// <summary>
/// Data Protection keys in a Redis list (<c>{Sessions:KeyPrefix}dataprotection:keys</c>), shared by every instance on
/// that Redis: a console sign-in (and an anti-forgery token) made on one instance is read on another. Keys are appended,
/// never rewritten; Data Protection itself retires old ones.
/// </summary>
internal sealed class RedisXmlRepository(IConnectionMultiplexer redis, string key) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. redis.GetDatabase().ListRange(key).Select(value => XElement.Parse((string)value!))];

    public void StoreElement(XElement element, string friendlyName) =>
        redis.GetDatabase().ListRightPush(key, element.ToString(SaveOptions.DisableFormatting));
}
