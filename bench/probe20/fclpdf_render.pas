{ probe20 producer f: prints a display list (written by gen_fclpdf.py as JSON) with Free
  Pascal's fcl-pdf (unit fpPDF, FPC 3.2.2), the way a Free Pascal/Lazarus application writes a
  report page by page: TPDFDocument with TrueType fonts embedded as subset CID fonts, one
  WriteText call per text run (whole line, word or character, as gen_fclpdf.py decided),
  SetFont/SetColor before a run when they change, DrawRect/DrawLine for fills and rules.

  Usage: fclpdf_render DOC.json }
program fclpdf_render;

{$mode objfpc}{$H+}{$codepage utf8}

uses
  SysUtils, Classes, fpjson, jsonparser, fpPDF;

function HexColor(const S: string): TARGBColor;
begin
  Result := StrToInt('$' + Copy(S, 2, 6));
end;

var
  J, Pg, Op: TJSONObject;
  Fonts, Pages, Ops, D: TJSONArray;
  Doc: TPDFDocument;
  Sec: TPDFSection;
  P: TPDFPage;
  FontIdx: TStringList;
  i, k, fi, cur, csize, size: Integer;
  kind, fillc, strokec, lastFill, lastStroke: string;
  txt: UTF8String;
  x, y, w, h, lw: Double;
  F: TFileStream;
  S: TStringStream;
begin
  DefaultSystemCodePage := CP_UTF8;   { JSON strings are UTF-8 and stay so }
  S := TStringStream.Create('');
  F := TFileStream.Create(ParamStr(1), fmOpenRead);
  S.CopyFrom(F, F.Size);
  F.Free;
  J := TJSONObject(GetJSON(S.DataString));
  S.Free;

  Doc := TPDFDocument.Create(nil);
  Doc.Options := [poCompressText, poCompressFonts, poSubsetFont, poPageOriginAtTop,
                  poNoTrailerID];
  Doc.Infos.Title := J.Get('title', '');
  Doc.Infos.Author := J.Get('author', '');
  Doc.Infos.ApplicationName := J.Get('creator', '');
  if J.Get('producer', '') <> '' then
    Doc.Infos.Producer := J.Get('producer', '');
  D := J.Arrays['date'];
  Doc.Infos.CreationDate := EncodeDate(D.Integers[0], D.Integers[1], D.Integers[2])
    + EncodeTime(D.Integers[3], D.Integers[4], 0, 0);
  Doc.FontDirectory := J.Get('fontdir', '');
  Doc.StartDocument;
  Sec := Doc.Sections.AddSection;

  FontIdx := TStringList.Create;
  Fonts := J.Arrays['fonts'];
  for i := 0 to Fonts.Count - 1 do
    with Fonts.Objects[i] do
      FontIdx.Values[Get('key', '')] :=
        IntToStr(Doc.AddFont(Get('file', ''), Get('name', '')));

  Pages := J.Arrays['pages'];
  for i := 0 to Pages.Count - 1 do
  begin
    Pg := Pages.Objects[i];
    P := Doc.Pages.AddPage;
    if Pg.Get('landscape', False) then
      P.Orientation := ppoLandscape;
    P.PaperType := ptA4;
    P.UnitOfMeasure := uomPixels;       // 1 unit = 1 pt at fcl-pdf's 72 dpi
    Sec.AddPage(P);
    cur := -1; csize := -1; lastFill := ''; lastStroke := '';
    Ops := Pg.Arrays['ops'];
    for k := 0 to Ops.Count - 1 do
    begin
      Op := Ops.Objects[k];
      kind := Op.Get('op', '');
      if kind = 'text' then
      begin
        fi := StrToInt(FontIdx.Values[Op.Get('font', '')]);
        size := Op.Get('size', 10);
        if (fi <> cur) or (size <> csize) then
        begin
          P.SetFont(fi, size);
          cur := fi; csize := size;
        end;
        fillc := Op.Get('color', '#000000');
        if fillc <> lastFill then
        begin
          P.SetColor(HexColor(fillc), False);
          lastFill := fillc;
        end;
        txt := Op.Strings['s'];
        P.WriteText(Op.Get('x', 0.0), Op.Get('y', 0.0), txt);
      end
      else if kind = 'rect' then
      begin
        x := Op.Get('x', 0.0); y := Op.Get('y', 0.0);
        w := Op.Get('w', 0.0); h := Op.Get('h', 0.0); lw := Op.Get('lw', 0.5);
        fillc := ''; strokec := '';
        if not Op.Nulls['fill'] then fillc := Op.Get('fill', '');
        if not Op.Nulls['stroke'] then strokec := Op.Get('stroke', '');
        if fillc <> '' then
        begin
          P.SetColor(HexColor(fillc), False);
          lastFill := fillc;
        end;
        if strokec <> '' then
        begin
          P.SetColor(HexColor(strokec), True);
          lastStroke := strokec;
        end;
        { fcl-pdf's rectangle origin is its bottom-left corner }
        P.DrawRect(x, y + h, w, h, lw, fillc <> '', strokec <> '');
      end
      else if kind = 'line' then
      begin
        strokec := Op.Get('color', '#000000');
        if strokec <> lastStroke then
        begin
          P.SetColor(HexColor(strokec), True);
          lastStroke := strokec;
        end;
        P.DrawLine(Op.Get('x1', 0.0), Op.Get('y1', 0.0), Op.Get('x2', 0.0),
                   Op.Get('y2', 0.0), Op.Get('lw', 0.5));
      end;
    end;
  end;
  Doc.SaveToFile(J.Get('out', 'out.pdf'));
  Doc.Free;
  FontIdx.Free;
  J.Free;
end.
