using System.ComponentModel.DataAnnotations;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Data;

namespace Tandem.Web.Pages.Dosing;

/// <summary>The session's setting and the case team's observations: room, eyeshades, music.</summary>
public static class SaveSetting
{
    public sealed class Command
    {
        public Guid Version { get; set; }

        [StringLength(DosingSession.MaxShortLength)]
        public string? Room { get; set; }

        public bool Eyeshades { get; set; }

        [StringLength(DosingSession.MaxShortLength)]
        public string? Playlist { get; set; }

        [StringLength(DosingSession.MaxTextLength)]
        public string? Observations { get; set; }
    }

    public sealed class Handler(TandemDbContext db, SheetSaves saves)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command setting, bool wellFormed)
        {
            var refusals = SheetRefusals.OfChange(sheet);
            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            var s = sheet.Record;
            (s.Room, s.Eyeshades, s.Playlist, s.Observations) = (setting.Room?.Trim(), setting.Eyeshades, setting.Playlist?.Trim(), setting.Observations?.Trim());
            if (sheet.Saved)
            {
                db.Entry(s).Property(x => x.Version).OriginalValue = setting.Version;
            }

            return await saves.SaveAsync(sheet, "setting", (AuditCode.DosingRecord_Changed, nameof(DosingSession), s.Id, null));
        }
    }
}
