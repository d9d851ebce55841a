/**
 * The blocks "LNOB chart" and "LNOB big number" in the block editor — plain
 * JavaScript on WordPress's globals, no build step. The preview is the kit's
 * own element (the plugin loads the kit in the editor); save() writes the
 * element with its data as a child <table>, so a post still shows the
 * numbers without the plugin. The chart's own choices (template options,
 * annotations, small multiples, the year control) come from elements.json,
 * with the templates each applies to, in the words of the kit's builder.
 *
 * Next step: the sidebar reuses the kit's builder panels (<lnob-builder>)
 * once they exist, instead of the WordPress controls below.
 */
(function (wp, config) {
  'use strict';
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var blockEditor = wp.blockEditor;
  var components = wp.components;

  /** CSV (or tab-separated, when the first line has tabs and no commas) as rows of trimmed cells; quotes as in RFC 4180. */
  function csvRows(text) {
    var source = String(text || '').replace(/\r\n?/g, '\n').trim();
    if (!source) return [];
    var firstLine = source.split('\n')[0];
    var comma = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
    var rows = [];
    var row = [];
    var cell = '';
    var quoted = false;
    for (var i = 0; i < source.length; i++) {
      var char = source[i];
      if (quoted) {
        if (char === '"' && source[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (char === '"') quoted = false;
        else cell += char;
      } else if (char === '"') quoted = true;
      else if (char === comma) {
        row.push(cell.trim());
        cell = '';
      } else if (char === '\n') {
        row.push(cell.trim());
        if (row.join('') !== '') rows.push(row);
        row = [];
        cell = '';
      } else cell += char;
    }
    row.push(cell.trim());
    if (row.join('') !== '') rows.push(row);
    return rows;
  }

  /** The data as a table (header row = column names): what the element reads, and the fallback. */
  function dataTable(csv) {
    var rows = csvRows(csv);
    if (rows.length === 0) return null;
    var cells = function (row, tag) {
      return row.map(function (value, index) {
        return el(tag, { key: index }, value);
      });
    };
    return el(
      'table',
      null,
      el('thead', null, el('tr', null, cells(rows[0], 'th'))),
      el(
        'tbody',
        null,
        rows.slice(1).map(function (row, index) {
          return el('tr', { key: index }, cells(row, 'td'));
        }),
      ),
    );
  }

  /** Block attributes (camelCase) as the element's (kebab-case), empty ones left out; column roles as `<role>-column`. */
  function elementAttributes(attributes, names) {
    var result = {};
    names.forEach(function (name) {
      var value = attributes[name] && ADDRESSES.indexOf(name) >= 0 ? safeAddress(attributes[name]) : attributes[name];
      if (value) result[name.replace(/[A-Z]/g, (letter) => '-' + letter.toLowerCase())] = String(value);
    });
    var columns = attributes.columns || {};
    Object.keys(columns).forEach(function (role) {
      if (columns[role]) result[role + '-column'] = String(columns[role]);
    });
    return result;
  }

  function options(values, emptyLabel) {
    var list = values.map(function (value) {
      return { value: String(value), label: String(value) };
    });
    return emptyLabel ? [{ value: '', label: emptyLabel }].concat(list) : list;
  }

  /** The templates in the campaigner's words (the builder's); a template added later shows its name in the registry. */
  var TEMPLATE_NAMES = {
    'ranked-bar': __('Ranked bars', 'lnob-charts'),
    disaggregation: __('Gaps between groups', 'lnob-charts'),
    progress: __('Progress to 2030', 'lnob-charts'),
    trend: __('Trend lines', 'lnob-charts'),
    map: __('Map (the world, or your country’s regions)', 'lnob-charts'),
    stacked: __('Parts of a whole', 'lnob-charts'),
    waffle: __('Waffle (share of 100)', 'lnob-charts'),
    survey: __('Survey answers', 'lnob-charts'),
    pyramid: __('Population pyramid', 'lnob-charts'),
    slope: __('Slope chart (two years)', 'lnob-charts'),
  };

  /** What each column role is called, and a hint where a role needs one. */
  var ROLE_NAMES = {
    category: __('Category', 'lnob-charts'),
    group: __('Group', 'lnob-charts'),
    value: __('Value', 'lnob-charts'),
    series: __('Series', 'lnob-charts'),
    time: __('Year', 'lnob-charts'),
    geo: __('Country or area', 'lnob-charts'),
    n: __('Number of respondents', 'lnob-charts'),
    lower: __('Lower bound', 'lnob-charts'),
    upper: __('Upper bound', 'lnob-charts'),
  };
  var ROLE_HINTS = {
    /* xgettext:no-javascript-format */
    lower: __('Uncertainty range: the lower bound of each value (e.g. of its 95% confidence interval). Needs the upper bound too.', 'lnob-charts'),
    upper: __('Uncertainty range: the upper bound of each value. Needs the lower bound too.', 'lnob-charts'),
  };

  /** The chart's choices: a label and a plain hint each (`template.attribute` where a template means it differently). */
  var CHOICE_WORDS = {
    sort: { label: __('Order', 'lnob-charts'), hint: __('Largest first, smallest first, or as in your data.', 'lnob-charts') },
    'disaggregation.sort': { label: __('Order', 'lnob-charts'), hint: __('Largest gap first, smallest gap first, or as in your data.', 'lnob-charts') },
    direction: {
      label: __('Which way is better', 'lnob-charts'),
      hint: __('Higher is better (e.g. school completion) or lower is better (e.g. poverty).', 'lnob-charts'),
    },
    highlight: { label: __('Highlight', 'lnob-charts'), hint: __('Names to highlight, as in your data, separated by ;', 'lnob-charts') },
    'highlight-label': { label: __('Meaning of the highlight', 'lnob-charts'), hint: __('Shown in the legend, e.g. “National dialogue held”.', 'lnob-charts') },
    reference: { label: __('Reference value', 'lnob-charts'), hint: __('A value to mark with a dashed line, e.g. the national average.', 'lnob-charts') },
    'reference-label': { label: __('Label of the reference line', 'lnob-charts'), hint: __('E.g. “National average”.', 'lnob-charts') },
    target: { label: __('Target value', 'lnob-charts'), hint: __('The value to reach by the target year. Without a target there is no verdict.', 'lnob-charts') },
    'target-relative': {
      label: __('Target relative to the baseline', 'lnob-charts'),
      hint: __('0.5 means half the baseline value (e.g. halve poverty).', 'lnob-charts'),
    },
    'target-year': { label: __('Target year', 'lnob-charts'), hint: __('Usually 2030.', 'lnob-charts') },
    'target-label': { label: __('Label of the target', 'lnob-charts'), hint: __('E.g. “2030 target”.', 'lnob-charts') },
    'baseline-year': {
      label: __('Baseline year', 'lnob-charts'),
      hint: __('The first value at or after this year is the baseline (usually 2015).', 'lnob-charts'),
    },
    outline: {
      label: __('Outline for comparison', 'lnob-charts'),
      hint: __('A value of the series column (e.g. 2050) drawn as an outline over the bars.', 'lnob-charts'),
    },
    shapes: {
      label: __('Boundaries file', 'lnob-charts'),
      hint: __('Address of a GeoJSON or TopoJSON file of your country’s regions, instead of the world.', 'lnob-charts'),
    },
    'shape-key': {
      label: __('Name field in the boundaries', 'lnob-charts'),
      hint: __('Which field of the boundaries file matches your data’s names or codes.', 'lnob-charts'),
    },
    'shapes-source': {
      label: __('Source of the boundaries', 'lnob-charts'),
      hint: __('Shown under the map, e.g. “Boundaries: geoBoundaries, CC BY 4.0”.', 'lnob-charts'),
    },
    annotations: {
      label: __('Events and call-outs marked on the chart', 'lnob-charts'),
      hint: __('Each “place or year: text”, separated by ; e.g. 2015: SDGs adopted; 2020: COVID-19', 'lnob-charts'),
    },
    'facet-column': {
      label: __('One small chart for each value of', 'lnob-charts'),
      hint: __('Small multiples: a panel per country or group, on the same scales.', 'lnob-charts'),
    },
    year: {
      label: __('Year shown first', 'lnob-charts'),
      hint: __('When your data has several years: the year the chart opens on. Empty: the latest.', 'lnob-charts'),
    },
    'year-control': {
      label: __('Let readers change the year', 'lnob-charts'),
      hint: __('A slider with a play button, when your data has several years. Off: each place shows its latest value.', 'lnob-charts'),
    },
  };

  /** What an option's value means ("Largest first"). */
  var VALUE_WORDS = {
    'sort.descending': __('Largest first', 'lnob-charts'),
    'sort.ascending': __('Smallest first', 'lnob-charts'),
    'sort.none': __('As in your data', 'lnob-charts'),
    'direction.increase': __('Higher is better', 'lnob-charts'),
    'direction.decrease': __('Lower is better', 'lnob-charts'),
  };

  /** elements.json's choices: each with the templates it applies to. */
  var CHOICES = config.choices || [];

  /** `shape-key` → `shapeKey`: the block attribute of an element attribute (includes/blocks.php names them so). */
  function blockName(attribute) {
    return attribute.replace(/-([a-z])/g, function (_, letter) {
      return letter.toUpperCase();
    });
  }

  function choicesFor(template) {
    return CHOICES.filter(function (choice) {
      return choice.templates.indexOf(template) >= 0;
    });
  }

  function choiceWords(choice, template) {
    return CHOICE_WORDS[template + '.' + choice.name] || CHOICE_WORDS[choice.name] || { label: choice.name, hint: choice.description };
  }

  /** A choice's control: a column picker, a year-control switch, a list of values, a check box, or a text field. */
  function choiceControl(props, choice, header) {
    var template = props.attributes.template;
    var words = choiceWords(choice, template);
    var name = blockName(choice.name);
    var value = props.attributes[name] || '';
    var set = function (next) {
      var change = {};
      change[name] = next;
      props.setAttributes(change);
    };
    var common = { key: choice.name, label: words.label, help: words.hint, value: value, onChange: set };
    if (choice.name === 'year-control') {
      return el(components.ToggleControl, {
        key: choice.name,
        label: words.label,
        help: words.hint,
        checked: value !== 'none',
        onChange: function (on) {
          set(on ? '' : 'none');
        },
      });
    }
    if (choice.type === 'column') return el(components.SelectControl, Object.assign(common, { options: options(header, __('None', 'lnob-charts')) }));
    if (choice.type === 'enum') {
      var fallback = choice.default ? VALUE_WORDS[choice.name + '.' + choice.default] || choice.default : '';
      return el(
        components.SelectControl,
        Object.assign(common, {
          options: [
            {
              value: '',
              /* translators: %s: what the chart does when nothing is chosen, such as "Largest first". */
              label: fallback ? wp.i18n.sprintf(__('Default (%s)', 'lnob-charts'), fallback) : __('Default', 'lnob-charts'),
            },
          ].concat(
            choice.values.map(function (option) {
              return { value: option, label: VALUE_WORDS[choice.name + '.' + option] || option };
            }),
          ),
        }),
      );
    }
    if (choice.type === 'boolean') {
      return el(components.CheckboxControl, {
        key: choice.name,
        label: words.label,
        help: words.hint,
        checked: value === 'true',
        onChange: function (on) {
          set(on ? 'true' : '');
        },
      });
    }
    return el(components.TextControl, Object.assign(common, { type: choice.type === 'number' ? 'number' : 'text' }));
  }

  /** The chosen template's own choices, only those that apply to it; none for a template that has none. */
  function choicesPanel(props) {
    var applicable = choicesFor(props.attributes.template);
    if (applicable.length === 0) return null;
    var header = csvRows(props.attributes.csv)[0] || [];
    return el(
      components.PanelBody,
      { title: __('Options for this chart', 'lnob-charts'), initialOpen: false },
      applicable.map(function (choice) {
        return choiceControl(props, choice, header);
      }),
    );
  }

  /**
   * An address as the block saves it: http(s) or relative, never `javascript:` or another protocol (WordPress's
   * filter removes those from the kit's addresses, and the saved block must stay what the editor wrote).
   */
  function safeAddress(value) {
    // As browsers read it: blanks and control characters inside a scheme do not count.
    var bare = String(value).replace(/[\s\u0000-\u001f]/g, '');
    return /^[a-z][a-z0-9+.-]*:/i.test(bare) && !/^https?:/i.test(bare) ? '' : value;
  }
  var ADDRESSES = ['sourceUrl', 'shapes'];

  function text(props, name, label, help) {
    return el(components.TextControl, {
      label: label,
      help: help,
      value: props.attributes[name] || '',
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    });
  }

  function select(props, name, label, choices) {
    return el(components.SelectControl, {
      label: label,
      value: props.attributes[name] || '',
      options: choices,
      onChange: function (value) {
        var change = {};
        change[name] = value;
        props.setAttributes(change);
      },
    });
  }

  /** The data panel: paste CSV, or pick a CSV from the media library (its text is copied into the block). */
  function dataPanel(props, help) {
    var [error, setError] = wp.element.useState('');
    var pick = el(
      blockEditor.MediaUploadCheck,
      null,
      el(blockEditor.MediaUpload, {
        allowedTypes: ['text/csv', 'text/plain', 'text/tab-separated-values'],
        onSelect: function (media) {
          setError('');
          window
            .fetch(media.url, { credentials: 'same-origin' })
            .then(function (response) {
              if (!response.ok) throw new Error(String(response.status));
              return response.text();
            })
            .then(function (csv) {
              props.setAttributes({ csv: csv });
            })
            .catch(function () {
              setError(__('The file could not be read. Paste its contents instead.', 'lnob-charts'));
            });
        },
        render: function (media) {
          return el(components.Button, { variant: 'secondary', onClick: media.open }, __('Use a CSV from the media library', 'lnob-charts'));
        },
      }),
    );
    return el(
      components.PanelBody,
      { title: __('Data', 'lnob-charts') },
      el(components.TextareaControl, {
        label: __('Data (CSV: a header row, then one line per row)', 'lnob-charts'),
        help: help,
        rows: 8,
        value: props.attributes.csv,
        onChange: function (csv) {
          props.setAttributes({ csv: csv });
        },
      }),
      pick,
      error ? el(components.Notice, { status: 'error', isDismissible: false }, error) : null,
    );
  }

  /** One select per column role the template reads, offering the data's column names. */
  function columnsPanel(props, readsRole) {
    var header = csvRows(props.attributes.csv)[0] || [];
    var roles = Object.keys(config.roles).filter(readsRole);
    return el(
      components.PanelBody,
      { title: __('Columns', 'lnob-charts'), initialOpen: false },
      roles.map(function (role) {
        var columns = props.attributes.columns || {};
        return el(components.SelectControl, {
          key: role,
          /* translators: %s: what a column holds, such as "Category" or "Lower bound". */
          label: wp.i18n.sprintf(__('Column for “%s”', 'lnob-charts'), ROLE_NAMES[role] || role),
          help: ROLE_HINTS[role],
          value: columns[role] || '',
          options: options(header, __('The column named so', 'lnob-charts')),
          onChange: function (value) {
            var next = Object.assign({}, columns);
            next[role] = value;
            props.setAttributes({ columns: next });
          },
        });
      }),
    );
  }

  function lookPanel(props, withGoal) {
    return el(
      components.PanelBody,
      { title: __('Look and language', 'lnob-charts'), initialOpen: false },
      select(props, 'theme', __('Theme', 'lnob-charts'), options(config.themes, __('The site’s default', 'lnob-charts'))),
      withGoal
        ? select(
            props,
            'goal',
            __('SDG goal (colour)', 'lnob-charts'),
            options(
              Array.from({ length: 17 }, function (_, index) {
                return index + 1;
              }),
              __('None', 'lnob-charts'),
            ),
          )
        : null,
      select(props, 'lang', __('Language', 'lnob-charts'), options(config.languages, __('The site’s default', 'lnob-charts'))),
    );
  }

  function sourcePanel(props) {
    return el(
      components.PanelBody,
      { title: __('Source and notes', 'lnob-charts'), initialOpen: false },
      text(props, 'source', __('Source', 'lnob-charts')),
      text(props, 'sourceUrl', __('Source link', 'lnob-charts'), __('An address starting with https://', 'lnob-charts')),
      el(components.TextareaControl, {
        label: __('Notes', 'lnob-charts'),
        value: props.attributes.notes,
        onChange: function (notes) {
          props.setAttributes({ notes: notes });
        },
      }),
    );
  }

  var CHART_ATTRIBUTES = ['template', 'title', 'subtitle', 'source', 'sourceUrl', 'notes', 'theme', 'goal', 'lang'];
  /** The chart's attributes for a template: the common ones, and the choices that apply to it (others stay unsaved). */
  function chartAttributes(template) {
    return CHART_ATTRIBUTES.concat(
      choicesFor(template).map(function (choice) {
        return blockName(choice.name);
      }),
    );
  }
  var STAT_ATTRIBUTES = ['value', 'unit', 'label', 'change', 'changeLabel', 'source', 'sourceUrl', 'notes', 'theme', 'lang'];

  /** The element as the block saves it, and (eager: drawn at once) as the editor previews it. */
  function element(tag, names, attributes, extra) {
    return el(tag, Object.assign(elementAttributes(attributes, names), extra), dataTable(attributes.csv));
  }

  wp.blocks.registerBlockType('lnob-charts/chart', {
    edit: function (props) {
      var attributes = props.attributes;
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Chart', 'lnob-charts') },
            select(
              props,
              'template',
              __('Template', 'lnob-charts'),
              config.templates.map(function (id) {
                return { value: id, label: TEMPLATE_NAMES[id] || (config.names && config.names[id]) || id };
              }),
            ),
            text(props, 'title', __('Title', 'lnob-charts')),
            text(props, 'subtitle', __('Subtitle', 'lnob-charts')),
          ),
          dataPanel(props),
          columnsPanel(props, function (role) {
            return config.roles[role].indexOf(attributes.template) >= 0;
          }),
          choicesPanel(props),
          sourcePanel(props),
          lookPanel(props, true),
        ),
        attributes.csv
          ? // A new element for each change: the preview always starts from the saved markup.
            element('lnob-chart', chartAttributes(attributes.template), attributes, { eager: '', key: JSON.stringify(attributes) })
          : el(
              components.Placeholder,
              { icon: 'chart-bar', label: __('LNOB chart', 'lnob-charts') },
              __('Paste your data in the sidebar (Data), or pick a CSV file from the media library.', 'lnob-charts'),
            ),
      );
    },
    save: function (props) {
      return element('lnob-chart', chartAttributes(props.attributes.template), props.attributes, blockEditor.useBlockProps.save());
    },
  });

  wp.blocks.registerBlockType('lnob-charts/stat', {
    edit: function (props) {
      var attributes = props.attributes;
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: __('Big number', 'lnob-charts') },
            text(props, 'value', __('Number', 'lnob-charts'), __('Shown exactly as written.', 'lnob-charts')),
            text(props, 'unit', __('Unit', 'lnob-charts')),
            text(props, 'label', __('What it counts', 'lnob-charts')),
            text(
              props,
              'change',
              __('Change', 'lnob-charts'),
              /* xgettext:no-javascript-format */
              __('For example +12, -3.5% or auto (from the data).', 'lnob-charts'),
            ),
            text(props, 'changeLabel', __('Change label', 'lnob-charts')),
          ),
          dataPanel(props, __('Optional: a time column and a value column draw a sparkline.', 'lnob-charts')),
          columnsPanel(props, function (role) {
            return role === 'time' || role === 'value';
          }),
          sourcePanel(props),
          lookPanel(props, false),
        ),
        attributes.value || attributes.csv
          ? element('lnob-stat', STAT_ATTRIBUTES, attributes, { key: JSON.stringify(attributes) })
          : el(components.Placeholder, { icon: 'performance', label: __('LNOB big number', 'lnob-charts') }, __('Type the number in the sidebar.', 'lnob-charts')),
      );
    },
    save: function (props) {
      return element('lnob-stat', STAT_ATTRIBUTES, props.attributes, blockEditor.useBlockProps.save());
    },
  });
})(window.wp, window.lnobChartsEditor);
