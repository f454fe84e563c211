using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// Refuses (400) any form post whose text is not UTF-8, before a page reads it: ASP.NET Core would turn the bad bytes into
/// U+FFFD replacement characters, and the page would store them as if the person had typed them. Checks the percent-decoded
/// body of an urlencoded form and every text field of a multipart one; uploaded files are not text and are not checked.
/// </summary>
public static class Utf8Forms
{
    private const int ChunkSize = 16 * 1024;
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly object Checked = new();

    public static IApplicationBuilder UseUtf8Forms(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;

            // The status page re-runs the pipeline for the refused request; it has been checked once.
            if (request.HasFormContentType && context.Items.TryAdd(Checked, true))
            {
                request.EnableBuffering();
                var utf8 = await IsUtf8Async(request, context.RequestAborted);
                request.Body.Position = 0;
                if (!utf8)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }

            await next();
        });

    private static async Task<bool> IsUtf8Async(HttpRequest request, CancellationToken cancellationToken)
    {
        var contentType = MediaTypeHeaderValue.Parse(request.ContentType);
        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            if (!contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            {
                return await IsUtf8Async(request.Body, percentEncoded: true, cancellationToken);
            }

            var boundary = HeaderUtilities.RemoveQuotes(contentType.Boundary).Value ?? "";
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFormDisposition()
                    && !await IsUtf8Async(section.Body, percentEncoded: false, cancellationToken))
                {
                    return false;
                }
            }

            return true;
        }
        catch (InvalidDataException)
        {
            // Not a well-formed multipart body: the page could not read it either.
            return false;
        }
    }

    /// <summary>Reads the stream in chunks; a %XY split between two chunks is carried over to the next.</summary>
    private static async Task<bool> IsUtf8Async(Stream text, bool percentEncoded, CancellationToken cancellationToken)
    {
        var decoder = Strict.GetDecoder();
        var raw = new byte[ChunkSize + 2];
        var bytes = new byte[raw.Length];
        var chars = new char[Strict.GetMaxCharCount(raw.Length)];
        var carried = 0;
        try
        {
            while (true)
            {
                var read = await text.ReadAsync(raw.AsMemory(carried, ChunkSize), cancellationToken);
                var end = carried + read;
                var last = read == 0;
                var (count, next) = percentEncoded ? PercentDecode(raw, end, last, bytes) : (end, end);
                decoder.GetChars(percentEncoded ? bytes : raw, 0, count, chars, 0, flush: last);
                if (last)
                {
                    return true;
                }

                carried = end - next;
                Array.Copy(raw, next, raw, 0, carried);
            }
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Decodes %XY as the form reader does (anything else stays as it is), stopping before a %XY cut off at the end.</summary>
    private static (int Count, int Next) PercentDecode(byte[] raw, int end, bool last, byte[] decoded)
    {
        var count = 0;
        var i = 0;
        while (i < end)
        {
            if (raw[i] == '%' && i + 2 >= end && !last)
            {
                break;
            }

            if (raw[i] == '%' && i + 2 < end && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
            {
                decoded[count++] = (byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2]));
                i += 3;
            }
            else
            {
                decoded[count++] = raw[i++];
            }
        }

        return (count, i);
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
